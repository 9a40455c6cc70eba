package io.github.reportmeta.cli;

import com.sun.net.httpserver.HttpServer;
import io.github.reportmeta.Catalogue;
import io.github.reportmeta.ReportMetadataException;
import io.github.reportmeta.cli.internal.Catalogues;
import io.github.reportmeta.cli.internal.Notes;
import io.github.reportmeta.cli.internal.TerminalText;
import io.github.reportmeta.cli.internal.UsageException;
import io.github.reportmeta.oai.provider.OaiProvider;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code reportmeta serve}: catalogues served to harvesters as an OAI-PMH 2.0 repository, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves catalogues to harvesters as an OAI-PMH 2.0 repository (oai_dc and xml, one set per series),"
                + " until stopped with Ctrl-C or SIGTERM.",
            "Prints the base URL on standard output once it listens."})
final class ServeCommand implements Callable<Integer> {

    /** The threads that answer requests; a response is one page, so a few suffice. */
    private static final int THREADS = 4;

    @ParentCommand
    private @Nullable Reportmeta root;

    @Parameters(arity = "1..*", paramLabel = "CATALOGUE", description = "The catalogues to serve, in any readable format.")
    private List<String> catalogues = new ArrayList<>();

    @Option(names = "--from", paramLabel = "FORMAT", description = "The format of the catalogues; found from their content when left out.")
    private @Nullable String from;

    @Option(names = "--host", paramLabel = "HOST", description = "The address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
    private String host = "127.0.0.1";

    @Option(names = "--port", paramLabel = "N", description = "The port to listen on; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    private int port = 8080;

    @Option(names = "--page-size", paramLabel = "N", description = "Items per list response, 1 to 1000. Default: ${DEFAULT-VALUE}.")
    private int pageSize = OaiProvider.DEFAULT_PAGE_SIZE;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The base URL harvesters use (behind a proxy, say); the server answers at its path. Default: http://HOST:PORT/oai.")
    private @Nullable String baseUrl;

    @Option(names = "--repository-name", paramLabel = "NAME", description = "The name Identify gives. Default: the first catalogue's title.")
    private @Nullable String repositoryName;

    @Option(names = "--repository-identifier", paramLabel = "DOMAIN",
            description = "The domain name in the OAI identifiers (oai:DOMAIN:report-id). Default: the base URL's host if it is a domain name, else "
                    + OaiProvider.DEFAULT_REPOSITORY_IDENTIFIER + ".")
    private @Nullable String repositoryIdentifier;

    @Option(names = "--admin-email", paramLabel = "ADDRESS", description = "An administrator's address for Identify; repeatable. Default: admin@DOMAIN.")
    private List<String> adminEmails = new ArrayList<>();

    @Mixin
    private NotesOption notesOption = new NotesOption();

    @Override
    public Integer call() {
        Reportmeta cli = Commands.root(root);
        if (pageSize < 1 || pageSize > OaiProvider.MAX_PAGE_SIZE) {
            throw new UsageException("--page-size must be between 1 and " + OaiProvider.MAX_PAGE_SIZE + ", but was " + pageSize);
        }
        if (port < 0 || port > 65535) {
            throw new UsageException("--port must be between 0 and 65535, but was " + port);
        }
        Notes notes = notesOption.open(cli.err());
        List<Catalogue> read = new ArrayList<>();
        try {
            for (String argument : catalogues) {
                read.add(Catalogues.read(argument, from, cli.formats(), cli.stdin(), notes));
            }
        } catch (RuntimeException e) {
            throw notes.finish(e);
        }
        notes.finish();
        HttpServer server = listen();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "oai-pmh");
            t.setDaemon(true);
            return t;
        });
        try {
            URI base = baseUrl(server.getAddress().getPort());
            OaiProvider provider = provider(base, read);
            String path = base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
            server.createContext(path, provider.httpHandler());
            server.setExecutor(threads);
            server.start();
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(cli.stdout(), StandardCharsets.UTF_8), true);
            out.println(provider.baseUrl());
            int reports = read.stream().mapToInt(c -> c.reports().size()).sum();
            cli.err().println("reportmeta: serving " + reports + " reports as OAI-PMH at "
                    + TerminalText.escape(provider.baseUrl()) + "; stop with Ctrl-C");
            waitForStop(cli.err());
        } finally {
            server.stop(0);
            threads.shutdownNow();
        }
        return ExitCode.OK.code();
    }

    /** Waits until the thread is interrupted, which a SIGINT or SIGTERM does through a shutdown hook. */
    private static void waitForStop(PrintWriter err) {
        Thread serving = Thread.currentThread();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            serving.interrupt();
            try {
                stopped.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "reportmeta-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            err.println("reportmeta: stopped");
            err.flush();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running: the JVM stops once it has seen the latch below.
            }
            stopped.countDown();
        }
    }

    private HttpServer listen() {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new UsageException("--host '" + TerminalText.escape(host) + "' is not an address of this machine: " + e.getMessage(), e);
        }
        try {
            return HttpServer.create(new InetSocketAddress(address, port), 0);
        } catch (IOException e) {
            throw new UsageException("cannot listen on " + TerminalText.escape(host) + " port " + port + ": " + e.getMessage(), e);
        }
    }

    private URI baseUrl(int boundPort) {
        if (baseUrl != null) {
            try {
                return new URI(baseUrl);
            } catch (URISyntaxException e) {
                throw new UsageException("--base-url is not a URL: " + TerminalText.escape(e.getMessage()), e);
            }
        }
        String authority = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + authority + ":" + boundPort + "/oai");
    }

    private OaiProvider provider(URI base, List<Catalogue> read) {
        try {
            OaiProvider.Builder builder = OaiProvider.builder(base).pageSize(pageSize);
            if (repositoryName != null) {
                builder.repositoryName(repositoryName);
            } else if (!read.get(0).titles().isEmpty() && !read.get(0).titles().get(0).text().isBlank()) {
                builder.repositoryName(read.get(0).titles().get(0).text());
            }
            if (repositoryIdentifier != null) {
                builder.repositoryIdentifier(repositoryIdentifier);
            }
            adminEmails.forEach(builder::adminEmail);
            read.forEach(builder::catalogue);
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new ReportMetadataException("cannot serve the catalogues: " + e.getMessage(), e);
        }
    }
}
