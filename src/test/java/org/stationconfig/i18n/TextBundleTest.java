package org.stationconfig.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stationconfig.certificates.CertificateUse;
import org.stationconfig.certificates.RefusalReason;
import org.stationconfig.certificates.TlsFailureCode;
import org.stationconfig.certificates.manage.RemovalOutcome;
import org.stationconfig.settings.Group;
import org.stationconfig.settings.SettingDefinition;
import org.stationconfig.settings.catalog.ScreenLayout;
import org.stationconfig.settings.catalog.SettingsCatalog;
import org.stationconfig.hardware.StationProperties;

/** The one source of the app's texts is complete in every language the station speaks. */
class TextBundleTest {

    private static final StationProperties STATION = new StationProperties(2, java.math.BigDecimal.valueOf(32), 3,
            java.math.BigDecimal.valueOf(230), java.util.List.of("Voltage"), "V", "M", "S1", "1.0", "MT", "MS1");

    private static Properties file(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TextBundleTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyKeyExistsInEveryLanguageAndNoTextIsEmpty() throws IOException {
        Properties english = file("texts.properties");
        Properties german = file("texts_de.properties");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(german.stringPropertyNames()),
                "the same keys in English and German");
        for (Properties language : new Properties[] {english, german}) {
            for (String key : language.stringPropertyNames()) {
                assertFalse(language.getProperty(key).isBlank(), key + " is empty");
            }
        }
    }

    @Test
    void quotesAreWrittenSoMessageFormatKeepsThem() throws IOException {
        for (String name : new String[] {"texts.properties", "texts_de.properties"}) {
            Properties texts = file(name);
            for (String key : texts.stringPropertyNames()) {
                String pattern = texts.getProperty(key);
                String unquoted = pattern.replace("''", "").replaceAll("'[{}]+'", "");
                assertFalse(unquoted.contains("'"), name + " " + key + ": write a quote as ''");
            }
        }
        assertEquals("The central system's OCPP-J address, e.g. wss://csms.example.com/ocpp. The charge point id is "
                + "appended when dialling.", Bundle.text(Locale.ENGLISH, "setting.centralSystemUrl.help"));
        assertEquals("Send {\"values\": {\"<setting key>\": <value>, ...}}.",
                Bundle.text(Locale.ENGLISH, "problem.settings.empty.detail"));
    }

    @Test
    void everySettingSectionGroupAndCertificateUseHasItsTexts() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (Locale language : Languages.all()) {
            Properties texts = file(language.equals(Locale.ENGLISH) ? "texts.properties" : "texts_" + language + ".properties");
            for (SettingDefinition definition : SettingsCatalog.all(STATION)) {
                need(texts, language, "setting." + definition.key() + ".label", missing);
                if (Bundle.find(Locale.ENGLISH, "setting." + definition.key() + ".help").isPresent()) {
                    need(texts, language, "setting." + definition.key() + ".help", missing);
                }
            }
            ScreenLayout.of(SettingsCatalog.all(STATION)).sections()
                    .forEach(section -> need(texts, language, "section." + section.id() + ".title", missing));
            for (Group group : Group.values()) {
                need(texts, language, "group." + group.name() + ".label", missing);
                need(texts, language, "section." + group.name().toLowerCase(Locale.ROOT) + ".title", missing);
            }
            for (ScreenLayout.ItemKind kind : ScreenLayout.ItemKind.values()) {
                if (kind != ScreenLayout.ItemKind.SETTING) {
                    need(texts, language, "item." + kind.name() + ".label", missing);
                }
            }
            for (CertificateUse use : CertificateUse.values()) {
                need(texts, language, "certificateUse." + use.ocppName() + ".label", missing);
            }
        }
        assertEquals(Collections.emptySet(), missing);
    }

    @Test
    void everyCertificateRefusalRemovalAndTlsFailureHasItsTextsAndTheEnglishIsTheEnumsSentence() throws IOException {
        Set<String> missing = new TreeSet<>();
        Properties german = file("texts_de.properties");
        for (RefusalReason reason : RefusalReason.values()) {
            sameEnglish("certificate.refusal." + reason.name(), reason.message(), german, missing);
        }
        for (RemovalOutcome outcome : RemovalOutcome.values()) {
            if (outcome != RemovalOutcome.DELETED) {
                sameEnglish("certificate.removal." + outcome.name(), outcome.message() + ".", german, missing);
            }
        }
        for (TlsFailureCode code : TlsFailureCode.values()) {
            sameEnglish("status.message." + code.name(), code.message(), german, missing);
            sameEnglish("status.hint." + code.name(), code.hint(), german, missing);
        }
        assertEquals(Collections.emptySet(), missing);
    }

    private static void sameEnglish(String key, String english, Properties german, Set<String> missing) {
        if (!Bundle.find(Locale.ENGLISH, key).equals(java.util.Optional.of(english))) {
            missing.add("en " + key + " (not the enum's sentence)");
        }
        need(german, Locale.GERMAN, key, missing);
    }

    // the file itself, not the bundle: German falls back to English, and a key only in English must not count as German
    private static void need(Properties texts, Locale language, String key, Set<String> missing) {
        if (!texts.containsKey(key)) {
            missing.add(language + " " + key);
        }
    }

    @Test
    void numbersAreWrittenAsTheStationWritesThemInEveryLanguage() {
        Text text = Text.of("value.integer.range", 0, 86400, 100000);
        assertEquals("must be between 0 and 86400, not 100000", text.english());
        assertEquals("muss zwischen 0 und 86400 liegen, nicht 100000", text.in(Locale.GERMAN));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "de|de",
            "de-AT|de",
            "de-CH, en;q=0.5|de",
            "fr|en",
            "fr, de;q=0.7, en;q=0.5|de",
            "en;q=0.9, de|de",
            "de;q=0.4, en;q=0.8|en",
            "de;q=0, fr|en",
            "*|en",
            "%%%|en",
            "''|en"})
    void theLanguageFollowsAcceptLanguage(String header, String expected) {
        assertEquals(expected, Languages.choose(header).getLanguage());
    }

    @Test
    void theStationsOwnDefaultLocaleDoesNotTurnEnglishIntoGerman() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("Charge point id", Bundle.text(Locale.ENGLISH, "setting.chargePointId.label"));
            assertTrue(Bundle.text(Locale.GERMAN, "setting.chargePointId.label").equals("Ladepunkt-ID"));
        } finally {
            Locale.setDefault(before);
        }
    }
}
