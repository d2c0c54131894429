package org.meritledger.base.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every string the code asks for exists in English and in Simplified Chinese, and nothing else is left over. */
class TranslationsTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        Set<String> en = new TreeSet<>(load("translations.properties").stringPropertyNames());
        Set<String> zh = new TreeSet<>(load("translations_zh_CN.properties").stringPropertyNames());
        assertEquals(en, zh);
    }

    @Test
    void everyLiteralKeyInTheCodeIsTranslated() throws IOException {
        Set<String> en = load("translations.properties").stringPropertyNames();
        Pattern call = Pattern.compile(
                "getTranslation\\(\"([A-Za-z0-9.]+)\"|\"((?:validation|error|training)\\.[A-Za-z.]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2);
                    if (!key.endsWith(".") && !en.contains(key)) {
                        missing.add(key + " (" + f.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "untranslated: " + missing);
    }

    @Test
    void providerNeverFallsBackToTheServerLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            MeritI18NProvider i18n = new MeritI18NProvider();
            assertEquals("Log out", i18n.getTranslation("app.logout", Locale.GERMAN));
            assertEquals("Log out", i18n.getTranslation("app.logout", Locale.ENGLISH));
            assertEquals("退出登录", i18n.getTranslation("app.logout", Locale.CHINA));
            assertEquals("At most 80 characters.", i18n.getTranslation("validation.tooLong", Locale.ENGLISH, 80));
        } finally {
            Locale.setDefault(before);
        }
    }
}
