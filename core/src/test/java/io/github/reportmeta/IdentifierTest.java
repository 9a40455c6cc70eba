package io.github.reportmeta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierTest {

    @Nested
    class Parsing {
        @ParameterizedTest(name = "{0} ''{1}'' is {2}")
        @CsvSource(delimiter = '|', textBlock = """
                DOI    | 10.1234/drc.2018.215                 | 10.1234/drc.2018.215
                DOI    | https://doi.org/10.1234/ABC          | 10.1234/ABC
                DOI    | doi:10.1000.10/xyz                   | 10.1000.10/xyz
                ISBN   | 978-3-16-148410-0                    | 978-3-16-148410-0
                ISBN   | ISBN-13: 978-3-16-148410-0           | 978-3-16-148410-0
                ISBN   | 0-306-40615-2                        | 0-306-40615-2
                ISBN   | 080442957X                           | 080442957X
                ISSN   | 2049-3630                            | 2049-3630
                ISSN   | 0317847x                             | 0317-847X
                ISSN   | ISSN 2049-3630                       | 2049-3630
                HANDLE | hdl:20.500.12345/678                 | 20.500.12345/678
                HANDLE | https://hdl.handle.net/10419/12      | 10419/12
                URN    | urn:nbn:de:0001-12345                | urn:nbn:de:0001-12345
                URL    | https://www.drc.gov.cn/report/1.html | https://www.drc.gov.cn/report/1.html
                LOCAL  | DRC-RR-215                           | DRC-RR-215
                """)
        void readsTheUsualFormsIntoTheCanonicalOne(IdentifierScheme scheme, String text, String canonical) {
            Identifier id = Identifier.of(scheme, text);

            assertThat(id.scheme()).isEqualTo(scheme);
            assertThat(id.value()).isEqualTo(canonical);
            assertThat(scheme.parse(id.value())).isEqualTo(id);
        }

        @ParameterizedTest(name = "{0} ''{1}''")
        @CsvSource(delimiter = '|', textBlock = """
                DOI    | 11.1234/x            | DOI must look like 10.1234/suffix, but was '11.1234/x'
                DOI    | 10.1234/             | DOI must look like 10.1234/suffix, but was '10.1234/'
                DOI    | 10.abc/x             | DOI must look like 10.1234/suffix, but was '10.abc/x'
                ISBN   | 978-3-16             | ISBN must have 10 or 13 digits, with optional hyphens, but was '978-3-16'
                ISBN   | 97831614841000       | ISBN must have 10 or 13 digits, with optional hyphens, but was '97831614841000'
                ISBN   | 97X3161484100        | ISBN must have 10 or 13 digits, with optional hyphens, but was '97X3161484100'
                ISSN   | 2049-36              | ISSN must look like 1234-567X, but was '2049-36'
                HANDLE | no-slash             | Handle must look like prefix/suffix, but was 'no-slash'
                URN    | isbn:123             | URN must look like urn:nid:specific-string, but was 'isbn:123'
                URL    | ftp://example.org/x  | URL must be an absolute http or https address, but was 'ftp://example.org/x'
                URL    | /relative/path       | URL must be an absolute http or https address, but was '/relative/path'
                URL    | https://             | URL must be an absolute http or https address, but was 'https://'
                LOCAL  | '   '                | local identifier must not be blank, but was '   '
                """)
        void rejectsTextThatIsNoIdentifier(IdentifierScheme scheme, String text, String message) {
            assertThatThrownBy(() -> Identifier.of(scheme, text))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage(message);
        }

        @ParameterizedTest
        @EnumSource(IdentifierScheme.class)
        void schemeCodesReadBack(IdentifierScheme scheme) {
            assertThat(IdentifierScheme.ofCode(scheme.code())).isEqualTo(scheme);
            assertThat(IdentifierScheme.ofCode(scheme.code().toUpperCase(java.util.Locale.ROOT))).isEqualTo(scheme);
        }

        @Test
        void unknownSchemeCodeListsTheKnownOnes() {
            assertThatThrownBy(() -> IdentifierScheme.ofCode("arxiv"))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("doi, isbn, issn, handle, urn, url, local")
                    .hasMessageContaining("'arxiv'");
        }
    }

    @Nested
    class CheckDigits {
        @ParameterizedTest
        @ValueSource(strings = {"0000-0002-1825-0097", "0000-0001-5109-3700", "0000-0002-1694-233X"})
        void acceptsRightOrcidCheckCharacters(String orcid) {
            assertThat(Orcid.parse(orcid).hasValidChecksum()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"0000-0002-1825-0098", "0000-0001-5109-3701", "0000-0002-1694-2330"})
        void rejectsWrongOrcidCheckCharacters(String orcid) {
            assertThat(Orcid.parse(orcid).hasValidChecksum()).isFalse();
        }

        @Test
        void orcidAcceptsItsAddressForm() {
            Orcid orcid = Orcid.parse("https://orcid.org/0000-0002-1825-0097");
            assertThat(orcid.value()).isEqualTo("0000-0002-1825-0097");
            assertThat(orcid.uri()).isEqualTo("https://orcid.org/0000-0002-1825-0097");
        }

        @ParameterizedTest
        @ValueSource(strings = {"12", "0000-0002-1825-009", "0000000218250097", "0000-0002-1825-009Y"})
        void orcidSyntaxIsCheckedWhenBuilt(String text) {
            assertThatThrownBy(() -> Orcid.parse(text))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("ORCID iD must look like 0000-0000-0000-000X, but was '" + text + "'");
        }

        @ParameterizedTest
        @CsvSource({"978-3-16-148410-0,true", "978-3-16-148410-1,false", "0-306-40615-2,true", "0-306-40615-3,false",
                "080442957X,true", "0804429579,false"})
        void isbnCheckDigits(String isbn, boolean valid) {
            assertThat(Isbn.parse(isbn).hasValidChecksum()).isEqualTo(valid);
        }

        @ParameterizedTest
        @CsvSource({"2049-3630,true", "0317-8471,true", "2049-3631,false", "0317-847X,false"})
        void issnCheckDigits(String issn, boolean valid) {
            assertThat(Issn.parse(issn).hasValidChecksum()).isEqualTo(valid);
        }

        @ParameterizedTest
        @CsvSource({"'0000 0001 2146 438X',true", "000000012146438X,true", "0000000121464380,false"})
        void isniCheckDigits(String isni, boolean valid) {
            assertThat(Isni.parse(isni).hasValidChecksum()).isEqualTo(valid);
        }

        @Test
        void rorKeepsItsCanonicalForm() {
            assertThat(Ror.parse("https://ror.org/05GQ02987").value()).isEqualTo("05gq02987");
            assertThatThrownBy(() -> Ror.parse("15gq02987")).isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> Ror.parse("05gq0298u")).isInstanceOf(InvalidValueException.class);
        }
    }
}
