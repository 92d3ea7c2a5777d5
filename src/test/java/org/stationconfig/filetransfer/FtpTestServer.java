package org.stationconfig.filetransfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import org.apache.ftpserver.DataConnectionConfigurationFactory;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.UserManager;
import org.apache.ftpserver.listener.Listener;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.ssl.ClientAuth;
import org.apache.ftpserver.ssl.SslConfiguration;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.WritePermission;

/**
 * A real FTP server (Apache FtpServer) on 127.0.0.1 and a random port, serving a temporary folder to one user:
 * plain FTP, or explicit FTPS (AUTH TLS, passive data over TLS) with a certificate made by Bouncy Castle. Passive
 * mode only, as the station uses. Close it after the test.
 */
public final class FtpTestServer implements AutoCloseable {

    public static final String USER = "station";
    public static final String PASSWORD = "ftp-Secret-42";

    static {
        // the server prints every command at INFO; its warnings and errors are enough in a test run
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.apache.ftpserver"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
    }

    private final FtpServer server;
    private final Listener listener;
    private final Path root;
    private final boolean tls;

    private FtpTestServer(FtpServer server, Listener listener, Path root, boolean tls) {
        this.server = server;
        this.listener = listener;
        this.root = root;
        this.tls = tls;
    }

    public static FtpTestServer plain() {
        return start(null, null);
    }

    /**
     * Plain FTP whose PASV replies name {@code address} instead of the address it listens on, as a server behind
     * NAT names its private one. Only loopback or unroutable addresses: nothing may ever connect to them.
     */
    public static FtpTestServer announcing(String address) {
        return start(null, address);
    }

    /** Explicit FTPS: the client upgrades the control connection with AUTH TLS. */
    public static FtpTestServer explicitTls(ServerTls identity) {
        return start(identity, null);
    }

    private static FtpTestServer start(ServerTls identity, String announced) {
        try {
            Path root = Files.createTempDirectory("ftp-root-");
            FtpServerFactory factory = new FtpServerFactory();
            ListenerFactory listener = new ListenerFactory();
            listener.setServerAddress("127.0.0.1");
            listener.setPort(0);
            DataConnectionConfigurationFactory data = new DataConnectionConfigurationFactory();
            data.setPassiveAddress("127.0.0.1");
            if (announced != null) {
                data.setPassiveExternalAddress(announced);
            }
            data.setActiveEnabled(false);
            if (identity != null) {
                SslConfiguration ssl = new ContextSslConfiguration(identity.serverContext());
                listener.setSslConfiguration(ssl);
                listener.setImplicitSsl(false);
                data.setSslConfiguration(ssl);
            }
            listener.setDataConnectionConfiguration(data.createDataConnectionConfiguration());
            factory.addListener("default", listener.createListener());
            factory.setUserManager(user(root));
            FtpServer server = factory.createServer();
            server.start();
            return new FtpTestServer(server, factory.getListener("default"), root, identity != null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FtpException e) {
            throw new IllegalStateException(e);
        }
    }

    private static UserManager user(Path root) throws FtpException {
        UserManager users = new PropertiesUserManagerFactory().createUserManager();
        BaseUser user = new BaseUser();
        user.setName(USER);
        user.setPassword(PASSWORD);
        user.setHomeDirectory(root.toString());
        user.setAuthorities(List.of(new WritePermission()));
        users.save(user);
        return users;
    }

    public int port() {
        return listener.getPort();
    }

    /** The folder behind the user's home directory. */
    public Path root() {
        return root;
    }

    /** {@code ftp[s]://station:<password>@127.0.0.1:<port>/<path>} */
    public String url(String path) {
        return url(USER, PASSWORD, path);
    }

    public String url(String user, String password, String path) {
        return (tls ? "ftps" : "ftp") + "://" + user + ":" + password + "@127.0.0.1:" + port() + "/" + path;
    }

    /** Makes a folder below the home directory and returns it. */
    public Path folder(String path) {
        try {
            return Files.createDirectories(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }

    /** FtpServer's SSL configuration from a ready SSLContext, instead of a key store file. */
    private record ContextSslConfiguration(SSLContext context) implements SslConfiguration {

        @Override
        public SSLSocketFactory getSocketFactory() {
            return context.getSocketFactory();
        }

        @Override
        public SSLContext getSSLContext() {
            return context;
        }

        @Override
        public SSLContext getSSLContext(String protocol) throws GeneralSecurityException {
            return context;
        }

        @Override
        public String[] getEnabledCipherSuites() {
            return null; // the JDK's defaults
        }

        @Override
        public String getEnabledProtocol() {
            return "TLSv1.2";
        }

        @Override
        public String[] getEnabledProtocols() {
            return new String[] {"TLSv1.2", "TLSv1.3"};
        }

        @Override
        public ClientAuth getClientAuth() {
            return ClientAuth.NONE;
        }
    }
}
