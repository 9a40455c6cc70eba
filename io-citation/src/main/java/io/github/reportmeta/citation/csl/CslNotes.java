package io.github.reportmeta.citation.csl;

import io.github.reportmeta.format.ConversionNote;

/**
 * Where the mapping from a CSL item to a report says what it could not keep, one call per value, so that the
 * reader can add the report's id and the variable's location.
 */
interface CslNotes {

    /**
     * Says what happened to a value that is valid CSL but that the model cannot hold as it is.
     *
     * @param variable the CSL variable
     * @param kind {@link ConversionNote.Kind#WARNING} when the value was dropped or changed,
     *     {@link ConversionNote.Kind#INFO} when nothing was lost
     * @param message the whole message, naming the variable and quoting the value
     */
    void note(String variable, ConversionNote.Kind kind, String message);

    /**
     * Says that a value is not what CSL-JSON allows there (a wrong JSON type, a bad date, an unknown property): a
     * strict reader fails, a lenient one drops the value with a warning.
     *
     * @param variable the CSL variable
     * @param path the JSON Pointer of the value below the variable, or the empty string
     * @param message what was wrong and what was expected
     */
    void problem(String variable, String path, String message);
}
