package org.stationconfig.filetransfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.stationconfig.filetransfer.FileTransferException.Reason;

/** Locations from the central system: credentials out of the user info, never in what is shown. */
class TransferLocationTest {

    @Test
    void credentialsArePercentDecodedAndNeverShown() throws Exception {
        TransferLocation location = TransferLocation.parse("ftps://op%40cpo:p%3Ass+w@files.cpo.example:2121/logs/");

        assertEquals("op@cpo", location.user());
        assertEquals("p:ss+w", location.password());
        assertEquals("FTPS", location.scheme());
        assertEquals(2121, location.port(21));
        assertEquals("/logs/", location.path());
        assertEquals("ftps://***@files.cpo.example:2121/logs/", location.toString());
    }

    @Test
    void aSignedQueryIsKeptForTheRequestButHiddenInLogs() throws Exception {
        TransferLocation location = TransferLocation.parse("https://u:p@s3.example/bucket?X-Signature=abc");

        assertEquals(URI.create("https://s3.example/bucket/diag.log?X-Signature=abc"), location.child("diag.log"));
        assertEquals("https://***@s3.example/bucket?***", location.toString());
    }

    @Test
    void aUserWithoutPasswordAndNoUserAtAll() throws Exception {
        assertEquals("anon", TransferLocation.parse("ftp://anon@h/").user());
        assertNull(TransferLocation.parse("ftp://anon@h/").password());
        assertNull(TransferLocation.parse("http://h/").user());
    }

    @Test
    void unusableTextIsABadLocation() {
        for (String text : new String[] {"", "not a uri", "/just/a/path", "ftp:relative", "http://"}) {
            FileTransferException failure = assertThrows(FileTransferException.class,
                    () -> TransferLocation.parse(text), text);
            assertEquals(Reason.BAD_LOCATION, failure.reason(), text);
        }
    }

    @Test
    void logsShowALocationInTheOneFormEveryLogLineUses() throws Exception {
        for (String text : new String[] {"ftp://u:p@h:2121/a/b?x=1", "https://s3.example/b/c.bin?sig=t0k3n#f", "http://h/"}) {
            assertEquals(org.stationconfig.ocpp.rpc.LogText.location(text), TransferLocation.parse(text).toString());
        }
    }
}
