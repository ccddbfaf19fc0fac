package tr.destek.kosgeb;

/** An application's id and status, read without loading the application. */
record ApplicationStatusRow(Long id, ApplicationStatus status) {

}
