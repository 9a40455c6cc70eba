package io.github.reportmeta.oai.provider;

/** The error codes of OAI-PMH 2.0 that this provider can answer with. */
enum OaiError {
    /** The verb is missing, repeated or not a verb of the protocol. */
    BAD_VERB("badVerb"),
    /** An argument is illegal, repeated, missing or has an illegal value. */
    BAD_ARGUMENT("badArgument"),
    /** The resumption token is not one this provider issued for this edition of its catalogues. */
    BAD_RESUMPTION_TOKEN("badResumptionToken"),
    /** The metadata format is not one this provider serves. */
    CANNOT_DISSEMINATE_FORMAT("cannotDisseminateFormat"),
    /** No item has the identifier. */
    ID_DOES_NOT_EXIST("idDoesNotExist"),
    /** The arguments select no record. */
    NO_RECORDS_MATCH("noRecordsMatch"),
    /** The repository has no sets. */
    NO_SET_HIERARCHY("noSetHierarchy");

    private final String code;

    OaiError(String code) {
        this.code = code;
    }

    /** The code as the protocol writes it, such as {@code badArgument}. */
    String code() {
        return code;
    }

    /** Whether the response to a request with this error echoes only the base URL, without the arguments. */
    boolean withoutArguments() {
        return this == BAD_VERB || this == BAD_ARGUMENT;
    }

    /** An exception carrying this error and a message for the harvester. */
    OaiException because(String message) {
        return new OaiException(this, message);
    }

    /** A refused request: the error code and the message the response carries. */
    static final class OaiException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final OaiError error;

        OaiException(OaiError error, String message) {
            super(message, null, false, false);
            this.error = error;
        }

        OaiError error() {
            return error;
        }
    }
}
