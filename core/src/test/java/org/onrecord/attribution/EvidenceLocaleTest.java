package org.onrecord.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.onrecord.Stages;

/** The evidence text is the same whatever the JVM's default locale. */
class EvidenceLocaleTest {
    @Test
    void a_turkish_default_locale_leaves_the_evidence_in_plain_ascii() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            Attribution a = Stages.attributions("“We will not back down,” said the union spokesman.").get(0);
            assertThat(a.evidence()).endsWith("(description)");
        } finally {
            Locale.setDefault(before);
        }
    }
}
