package org.meritledger.base.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
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

    private static final List<String> FILES = List.of("translations.properties", "translations_zh_CN.properties");

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

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*\\d");

    /** Sample arguments: numbers, so that choice and number formats accept them too. */
    private static Object[] sample(int count, long value) {
        Object[] args = new Object[count];
        java.util.Arrays.fill(args, value);
        return args;
    }

    /** One more than the highest argument index, nested choices included. */
    private static int argumentCount(String pattern, Locale locale) {
        new MessageFormat(pattern, locale); // throws on a malformed pattern
        Matcher m = Pattern.compile("\\{\\s*(\\d+)").matcher(pattern);
        int n = 0;
        while (m.find()) {
            n = Math.max(n, Integer.parseInt(m.group(1)) + 1);
        }
        return n;
    }

    /**
     * Every message that takes arguments renders, in both locales and for the counts 0, 1, 2 and
     * 1,000, without a placeholder left over and with its apostrophes kept (MessageFormat drops a
     * single quote and treats what follows as literal text).
     */
    @Test
    void messagesWithArgumentsRenderCompletely() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String file : FILES) {
            Properties p = load(file);
            Locale locale = file.contains("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
            for (String key : new TreeSet<>(p.stringPropertyNames())) {
                String text = p.getProperty(key);
                if (!PLACEHOLDER.matcher(text).find()) {
                    continue;
                }
                if (text.replace("''", "").contains("'")) {
                    problems.add(file + " " + key + ": a single ' in a message with arguments hides text; write ''");
                }
                int n;
                try {
                    n = argumentCount(text, locale);
                } catch (IllegalArgumentException e) {
                    problems.add(file + " " + key + ": not a valid message format: " + e.getMessage());
                    continue;
                }
                for (long value : new long[] {0, 1, 2, 1000}) {
                    String out = new MessageFormat(text, locale).format(sample(n, value));
                    if (out.contains("{") || out.contains("}")) {
                        problems.add(file + " " + key + " with " + value + ": " + out);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * A key whose text has placeholders is never asked for without arguments: the provider then
     * shows the text as written, braces and all (the login error once read "After {0} failed
     * attempts").
     */
    @Test
    void keysWithPlaceholdersAreNeverRequestedWithoutArguments() throws IOException {
        Properties en = load("translations.properties");
        Pattern bare = Pattern.compile("getTranslation\\(\\s*\"([A-Za-z0-9.]+)\"\\s*\\)");
        Set<String> bad = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                Matcher m = bare.matcher(Files.readString(f));
                while (m.find()) {
                    String text = en.getProperty(m.group(1));
                    if (text != null && PLACEHOLDER.matcher(text).find()) {
                        bad.add(m.group(1) + " (" + f.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue(bad.isEmpty(), "asked for without its arguments: " + bad);
    }

    /**
     * No "(s)" anywhere, and no count followed by a plural noun outside a choice: rendered with
     * every argument 1, an English message never says "1 rows" or "1 entries". The words listed
     * are verbs and units that legitimately end in s after a number.
     */
    @Test
    void countsArePluralAware() throws IOException {
        Set<String> notPlurals =
                Set.of("is", "has", "was", "does", "appears", "belongs", "signs", "ms", "as", "remains");
        Pattern onePlural = Pattern.compile("(?<![\\d.,])1 (?:[a-z]+ )?([a-z]+s)\\b");
        List<String> problems = new ArrayList<>();
        for (String file : FILES) {
            Properties p = load(file);
            for (String key : new TreeSet<>(p.stringPropertyNames())) {
                String text = p.getProperty(key);
                if (text.contains("(s)") || text.contains("(es)") || text.contains("（s）")) {
                    problems.add(file + " " + key + ": " + text);
                }
            }
        }
        Properties en = load("translations.properties");
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
            String text = en.getProperty(key);
            if (!PLACEHOLDER.matcher(text).find()) {
                continue;
            }
            String out = new MessageFormat(text, Locale.ENGLISH).format(sample(argumentCount(text, Locale.ENGLISH), 1));
            Matcher m = onePlural.matcher(out);
            while (m.find()) {
                if (!notPlurals.contains(m.group(1))) {
                    problems.add(key + ": \"" + out + "\"");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theSameCountReadsSingularAndPlural() {
        MeritI18NProvider i18n = new MeritI18NProvider();
        assertEquals(
                "1 active soldier: 1 qualified, 0 without any rifle qualification result.",
                i18n.getTranslation("training.dashboard.mixSummary", Locale.ENGLISH, 1, 1, 0));
        assertEquals(
                "15 active soldiers: 9 qualified, 6 without any rifle qualification result.",
                i18n.getTranslation("training.dashboard.mixSummary", Locale.ENGLISH, 15L, 9L, 6L));
        assertEquals("1 soldier", i18n.getTranslation("roster.count", Locale.ENGLISH, 1L));
        assertEquals("1,200 soldiers", i18n.getTranslation("roster.count", Locale.ENGLISH, 1200L));
        assertEquals("共 1,200 名士兵", i18n.getTranslation("roster.count", Locale.CHINA, 1200L));
    }
}
