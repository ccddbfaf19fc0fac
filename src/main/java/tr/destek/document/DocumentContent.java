package tr.destek.document;

/**
 * A stored document with its bytes, for a download.
 *
 * @param ref the document
 * @param bytes its content
 */
public record DocumentContent(DocumentRef ref, byte[] bytes) {

}
