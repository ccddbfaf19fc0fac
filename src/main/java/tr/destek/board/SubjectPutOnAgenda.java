package tr.destek.board;

/**
 * A subject went on a board agenda that was sent to the members (MADDE 12(1)); its
 * programme moves the file (published inside the sending transaction).
 *
 * @param boardName the board's name, for the programme's history
 */
public record SubjectPutOnAgenda(SubjectRef subject, Long meetingId, String boardName) {

}
