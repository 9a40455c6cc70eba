package io.github.reportmeta.oai.harvest;

import io.github.reportmeta.xml.internal.XmlCursor;

/**
 * The repository answered a request with an OAI-PMH {@code <error>} other than {@code noRecordsMatch} (which is an
 * empty result, not a failure): {@code badArgument}, {@code badResumptionToken}, {@code cannotDisseminateFormat},
 * {@code noSetHierarchy} and so on.
 */
public final class OaiErrorException extends HarvestException {

    private static final long serialVersionUID = 1L;

    /** The error code of an expired or unknown resumption token. */
    public static final String BAD_RESUMPTION_TOKEN = "badResumptionToken";

    private final String code;
    private final String errorMessage;

    /**
     * Creates the exception.
     *
     * @param code the error's {@code code} attribute, as the repository sent it
     * @param errorMessage the error's text, as the repository sent it
     * @param url the request that was answered with the error
     * @param advice what the user can do, a sentence, or the empty string
     */
    public OaiErrorException(String code, String errorMessage, String url, String advice) {
        super("the repository answered " + url + " with the OAI-PMH error " + XmlCursor.clip(code)
                + (errorMessage.isEmpty() ? "" : ": '" + XmlCursor.clip(errorMessage) + "'")
                + (advice.isEmpty() ? "" : "; " + advice));
        this.code = code;
        this.errorMessage = errorMessage;
    }

    /**
     * The error's code, such as {@code badResumptionToken}.
     *
     * @return the code as the repository sent it
     */
    public String code() {
        return code;
    }

    /**
     * The error's text.
     *
     * @return the text as the repository sent it, stripped; may be empty
     */
    public String errorMessage() {
        return errorMessage;
    }
}
