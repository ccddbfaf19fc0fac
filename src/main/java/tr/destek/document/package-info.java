/**
 * Documents: files uploaded by users (reports, certificates, invoices), kept in
 * PostgreSQL, never under the web root. The file type is decided by the content (PDF,
 * PNG, JPEG), never by the file name or the browser. Owning modules decide who may see a
 * document and serve it with {@link tr.destek.document.DocumentDownloads}.
 */
package tr.destek.document;
