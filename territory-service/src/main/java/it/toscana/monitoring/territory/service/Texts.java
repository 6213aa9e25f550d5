package it.toscana.monitoring.territory.service;

final class Texts {

    private Texts() {
    }

    /** Optional free text: surrounding blanks dropped, nothing but blanks stored as absent. */
    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
