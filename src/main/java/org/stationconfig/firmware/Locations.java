package org.stationconfig.firmware;

import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.stationconfig.ocpp.rpc.LogText;

/** Firmware locations: URIs whose scheme the file transfer must support; their user info and query never reach a log. */
final class Locations {

    private Locations() {
    }

    static URI parse(String location) {
        try {
            return new URI(location.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URI", e);
        }
    }

    /** Why the station cannot fetch from {@code location}, or null; {@code protocols} as FileTransfer names them. */
    @Nullable
    static String problem(String location, Set<String> protocols) {
        URI uri;
        try {
            uri = parse(location);
        } catch (IllegalArgumentException e) {
            return "the location is not a URI";
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return "the location needs a scheme and a host, e.g. https://host/firmware.bin";
        }
        if (!protocols.contains(uri.getScheme().toUpperCase(Locale.ROOT))) {
            return "the station cannot download over " + uri.getScheme() + " (SupportedFileTransferProtocols: "
                    + String.join(",", protocols.stream().sorted().toList()) + ")";
        }
        return null;
    }

    /** The location as it may be logged: {@link LogText#location}, the one form every log line uses. */
    static String forLog(String location) {
        return LogText.location(location);
    }

    /** The last segment of the location's path ({@code https://host/fw/station-2.1.0.bin} → {@code station-2.1.0.bin}). */
    static String fileName(String location) {
        String path;
        try {
            path = parse(location).getPath();
        } catch (IllegalArgumentException e) {
            path = null;
        }
        if (path == null) {
            return "";
        }
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
