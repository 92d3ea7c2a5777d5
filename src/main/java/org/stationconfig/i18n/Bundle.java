package org.stationconfig.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one source of the texts the app shows: {@code i18n/texts.properties} (English) and {@code texts_de.properties}
 * (German), UTF-8, {@link MessageFormat} patterns (a quote is written {@code ''}).
 */
public final class Bundle {

    public static final String NAME = "i18n.texts";
    /** The languages the station speaks, the default first. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

    // no fallback to the JVM's default locale: English is the base bundle, whatever the station's OS says
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Texts without arguments, formatted once: a settings page renders about a hundred of them per request. */
    private static final ConcurrentHashMap<Locale, ConcurrentHashMap<String, String>> PLAIN =
            new ConcurrentHashMap<>();

    private Bundle() {
    }

    public static ResourceBundle of(Locale locale) {
        return ResourceBundle.getBundle(NAME, locale, CONTROL);
    }

    /** The text of the key in the language, its arguments filled in; empty when the bundle lacks the key. */
    public static Optional<String> find(Locale locale, String key, Object... args) {
        if (args.length == 0) {
            ConcurrentHashMap<String, String> texts = PLAIN.computeIfAbsent(locale, language -> new ConcurrentHashMap<>());
            String known = texts.get(key);
            if (known != null) {
                return Optional.of(known);
            }
            // only keys the bundle has are kept: a key built from a request must not grow the map
            Optional<String> text = format(locale, key);
            text.ifPresent(value -> texts.put(key, value));
            return text;
        }
        return format(locale, key, args);
    }

    private static Optional<String> format(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = of(locale).getString(key);
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = plain(locale, args[i]);
        }
        return Optional.of(new MessageFormat(pattern, locale).format(plain));
    }

    /** The text of the key in the language, its arguments filled in; fails on a key the bundle lacks. */
    public static String text(Locale locale, String key, Object... args) {
        return find(locale, key, args).orElseThrow(() -> new IllegalArgumentException("no text " + key));
    }

    // numbers as the station writes them (no grouping: 86400, not 86,400 or 86.400), nested texts in the same language
    private static Object plain(Locale locale, Object arg) {
        if (arg instanceof Text text) {
            return text.in(locale);
        }
        if (arg instanceof Alternatives alternatives) {
            return alternatives.in(locale);
        }
        if (arg instanceof AllOf all) {
            return all.in(locale);
        }
        if (arg instanceof Sentences sentences) {
            return sentences.in(locale);
        }
        if (arg instanceof java.math.BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return arg instanceof Number ? arg.toString() : arg;
    }
}
