package org.stationconfig.filetransfer;

import jakarta.inject.Singleton;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.stationconfig.filetransfer.FileTransferException.Reason;

/**
 * The station's {@link FileTransfer}: HTTP and HTTPS with the JDK client, FTP and FTPS with Apache Commons Net,
 * chosen by the location's scheme. {@link #protocols()} lists exactly these four, as SupportedFileTransferProtocols
 * must (errata 3.88). Each download keeps to the {@link DownloadLimit} of the moment it starts.
 */
@Singleton
public class StationFileTransfer implements FileTransfer {

    private final Map<String, TransferProtocol> byScheme;
    private final DownloadLimit limit;

    public StationFileTransfer(TransferTrust trust, TransferTimeouts timeouts, DownloadLimit limit) {
        this.limit = limit;
        this.byScheme = List.of(new HttpTransfer(trust, timeouts), new FtpTransfer(trust, timeouts)).stream()
                .flatMap(protocol -> protocol.schemes().stream().map(scheme -> Map.entry(scheme, protocol)))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public Set<String> protocols() {
        return new TreeSet<>(byScheme.keySet());
    }

    @Override
    public void download(URI location, Path target) throws FileTransferException {
        TransferLocation parsed = TransferLocation.of(location);
        TransferProtocol protocol = protocol(parsed, "download " + parsed);
        DownloadLimit.Budget budget;
        try {
            budget = limit.next();
        } catch (FileTransferException refused) {
            throw TransferFailures.failed(refused.reason(), "download " + parsed, refused.getMessage(), null);
        }
        protocol.download(parsed, target, budget);
    }

    @Override
    public void upload(Path file, URI location, String fileName) throws FileTransferException {
        TransferLocation parsed = TransferLocation.of(location);
        protocol(parsed, "upload " + fileName + " to " + parsed).upload(file, parsed, fileName);
    }

    private TransferProtocol protocol(TransferLocation location, String what) throws FileTransferException {
        TransferProtocol protocol = byScheme.get(location.scheme());
        if (protocol == null) {
            throw TransferFailures.failed(Reason.UNSUPPORTED_SCHEME, what, "the station cannot transfer files over "
                    + location.scheme() + " (it can over " + String.join(", ", protocols()) + ")", null);
        }
        return protocol;
    }
}
