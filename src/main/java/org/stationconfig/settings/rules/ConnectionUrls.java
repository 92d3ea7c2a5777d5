package org.stationconfig.settings.rules;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stationconfig.i18n.Text;
import org.stationconfig.settings.type.InvalidValueException;
import org.stationconfig.settings.type.Texts;

/**
 * The central system address as installers paste it (SPEC §3): with or without scheme, trailing slash, or the charge
 * point id already at the end. Stored normalised; the dialled (effective) URL is {@code <url>/<encoded id>} with the
 * scheme the security profile calls for.
 */
public final class ConnectionUrls {

    public static final int MAX_LENGTH = 500;

    /** The stored form and what the installer should know about how it was read. */
    public record Normalised(String url, List<Text> warnings) {
    }

    private ConnectionUrls() {
    }

    public static Normalised normalise(String pasted, String chargePointId, int securityProfile) {
        String text = pasted.strip();
        List<Text> warnings = new ArrayList<>();
        if (text.isEmpty()) {
            return new Normalised("", warnings);
        }
        if (!text.chars().allMatch(c -> c < 0x80)) {
            throw new InvalidValueException(Text.of("rule.url.ascii"));
        }
        if (text.chars().anyMatch(c -> c <= 0x20 || c == 0x7F)) {
            throw new InvalidValueException(Text.of("rule.url.spaces"));
        }
        String wanted = SecurityProfiles.scheme(securityProfile);
        int separator = text.indexOf("://");
        String scheme = separator < 0 ? wanted : text.substring(0, separator).toLowerCase(Locale.ROOT);
        if (!scheme.equals("ws") && !scheme.equals("wss")) {
            throw new InvalidValueException(Text.of("rule.url.scheme", Texts.excerpt(scheme)));
        }
        URI uri = parse(separator < 0 ? scheme + "://" + text : scheme + text.substring(separator));
        if (!scheme.equals(wanted)) {
            warnings.add(Text.of("rule.url.schemeMismatch", scheme, securityProfile, wanted));
        }
        String path = trimmedPath(uri.getRawPath());
        String encodedId = encode(chargePointId);
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        if (!lastSegment.isEmpty() && (lastSegment.equals(chargePointId) || lastSegment.equals(encodedId))) {
            path = path.substring(0, path.lastIndexOf('/'));
            warnings.add(Text.of("rule.url.idRemoved"));
        }
        String authority = uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        String url = scheme + "://" + authority + path;
        if (effective(url, chargePointId, securityProfile).length() > MAX_LENGTH) {
            throw new InvalidValueException(Text.of("rule.url.tooLong", MAX_LENGTH));
        }
        return new Normalised(url, List.copyOf(warnings));
    }

    /** What will be dialled: the profile's scheme, the stored address, a slash and the percent-encoded id. */
    public static String effective(String url, String chargePointId, int securityProfile) {
        if (url == null || url.isEmpty()) {
            return null;
        }
        String rest = url.substring(url.indexOf("://") + 3);
        return SecurityProfiles.scheme(securityProfile) + "://" + rest + "/" + encode(chargePointId);
    }

    private static URI parse(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidValueException(Text.of("rule.url.invalid", e.getReason()));
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new InvalidValueException(Text.of("rule.url.noHost"));
        }
        if (uri.getPort() > 65535 || uri.getPort() == 0) {
            throw new InvalidValueException(Text.of("rule.url.port", uri.getPort()));
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidValueException(Text.of("rule.url.userInfo"));
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new InvalidValueException(Text.of("rule.url.query"));
        }
        return uri;
    }

    private static String trimmedPath(String rawPath) {
        String path = rawPath == null ? "" : rawPath.replaceAll("/{2,}", "/");
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }

    /** OCPP-J §3.1.1: the identity is percent-encoded in the URL; only RFC 3986 unreserved characters stay. */
    public static String encode(String id) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (Character.isLetterOrDigit(c) && c < 0x80 || c == '-' || c == '.' || c == '_' || c == '~') {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return encoded.toString();
    }
}
