package org.stationconfig.settings.rules;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.stationconfig.i18n.Text;
import org.stationconfig.settings.RuleContext;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.type.InvalidValueException;
import org.stationconfig.settings.type.Texts;

/**
 * The access key (OCPP AuthorizationKey, the HTTP Basic password). Stored canonically as {@code hex:<digits>} or
 * {@code text:<password>}; the Basic header is built from {@link #bytes}, never from a Java string of the hex.
 */
public final class AccessKeys {

    /** WP2 §7: 16–20 bytes, sent as up to 40 hex digits. */
    private static final Pattern HEX_KEY = Pattern.compile("(?:[0-9A-Fa-f]{2}){16,20}");

    private AccessKeys() {
    }

    /** Reads the app's input per {@code accessKeyFormat} (auto, hex, text). */
    public static String canonical(String input, String format) {
        return switch (format) {
            case "hex" -> {
                if (!HEX_KEY.matcher(input).matches()) {
                    throw new InvalidValueException(Text.of(isHex(input) ? "rule.accessKey.hex" : "rule.accessKey.hexNonHex",
                            input.length()));
                }
                yield "hex:" + input;
            }
            case "text" -> {
                if (input.length() < 8 || input.length() > 40 || !Texts.isPrintableAscii(input)) {
                    throw new InvalidValueException(Text.of("rule.accessKey.text", input.length()));
                }
                yield "text:" + input;
            }
            default -> HEX_KEY.matcher(input).matches() ? "hex:" + input : canonical(input, "text");
        };
    }

    /** Over OCPP the whitepaper's hex form applies, unless the station is told to treat keys as text. */
    public static String csmsRefusal(String current, String proposed, RuleContext context) {
        if (context.get(Setting.AUTHORIZATION_KEY_HEX_AS_TEXT)) {
            return null;
        }
        return HEX_KEY.matcher(proposed).matches() ? null
                : "AuthorizationKey must be an even number of 32 to 40 hex digits (whitepaper §7)";
    }

    /** The password bytes for the Basic header. */
    public static byte[] bytes(String canonical, boolean hexAsText) {
        String value = canonical.substring(canonical.indexOf(':') + 1);
        if (canonical.startsWith("hex:") && !hexAsText) {
            return HexFormat.of().parseHex(value);
        }
        return value.getBytes(StandardCharsets.US_ASCII);
    }

    /** A value already in stored form, as the station itself writes it back on a rollback. */
    public static boolean isCanonical(String value) {
        return value.startsWith("hex:") && HEX_KEY.matcher(value.substring(4)).matches()
                || value.startsWith("text:") && value.length() > 5;
    }

    public static String format(String canonical) {
        return canonical.substring(0, canonical.indexOf(':'));
    }

    /** What the app and the audit log may know: that it is set, its format and length. */
    public static String describe(String canonical) {
        if (canonical == null) {
            return "unset";
        }
        return "set (" + bytes(canonical, false).length + " bytes, " + format(canonical) + ")";
    }

    private static boolean isHex(String input) {
        return input.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }
}
