package org.stationconfig.data;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The file system's own figure: the space usable by this user, without the blocks reserved for root. */
@Singleton
public class FileStoreFreeSpace implements FreeSpace {

    @Override
    public long usableBytes(Path folder) throws IOException {
        return Files.getFileStore(folder).getUsableSpace();
    }
}
