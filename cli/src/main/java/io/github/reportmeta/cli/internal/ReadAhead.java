package io.github.reportmeta.cli.internal;

import io.github.reportmeta.CatalogueHeader;
import io.github.reportmeta.Report;
import io.github.reportmeta.format.ConversionNote;
import io.github.reportmeta.format.ReadOptions;
import io.github.reportmeta.format.ReportReader;
import io.github.reportmeta.format.SourceLocation;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The inputs of a command read on a thread of their own, ahead of the thread that writes or reports, with what the
 * reading did (inputs opened, headers, notes, reports, failures) replayed on the consuming thread as {@link Event}s
 * in the order it happened: the consumer does exactly what it would do reading the inputs itself.
 *
 * <p>Events travel in batches of {@value #BATCH}; a few batches at most are queued, so memory stays bounded
 * whatever the size of the inputs. Batches and queue are kept small on purpose: every report waiting between the
 * threads is still alive at the next young collection, and at a small heap (-Xmx64m) more than the survivor space
 * holds is promoted to the old generation, which then fills with dead reports and needs full collections that the
 * single-threaded loop never does (see docs/performance.md).
 *
 * <p>With a work function, each batch's reports go through it on a pool of threads, several batches at once, and
 * the consumer still takes them in input order: {@link Read#result()} is the work's result for that report, and a
 * failure of the work is thrown by it, where the consumer would have met it.
 *
 * @param <R> the result of the work on each report
 */
public final class ReadAhead<R> implements AutoCloseable {

    /**
     * Events a batch holds at most: large enough that handing a batch over costs little beside the work on its
     * reports, small enough that the reports in flight die young.
     */
    public static final int BATCH = 32;

    /** Something the reading did. */
    public sealed interface Event permits Opened, OpenFailed, Header, Note, Read, Failed, Ended {}

    /**
     * An input was opened.
     *
     * @param input the input
     */
    public record Opened(Input input) implements Event {}

    /**
     * An input could not be opened.
     *
     * @param failure what {@link Input#open} threw
     */
    public record OpenFailed(Throwable failure) implements Event {}

    /**
     * The reader of the input opened, having read the catalogue header if there is one.
     *
     * @param header the header, or null when the input has none
     */
    public record Header(@Nullable CatalogueHeader header) implements Event {}

    /**
     * The reader noted something.
     *
     * @param note the note
     */
    public record Note(ConversionNote note) implements Event {}

    /**
     * Reading or closing the input failed; what followed in that input was not read.
     *
     * @param failure what the reader threw
     */
    public record Failed(Throwable failure) implements Event {}

    /** The input was read to its end and closed. */
    public record Ended() implements Event {}

    /**
     * A report was read.
     *
     * @param <R> the result of the work on it
     */
    public static final class Read<R> implements Event {
        private final Report report;
        private final SourceLocation location;
        private final String pointer;
        private final int index;
        private @Nullable R result;
        private @Nullable Throwable failure;

        Read(Report report, SourceLocation location, String pointer, int index) {
            this.report = report;
            this.location = location;
            this.pointer = pointer;
            this.index = index;
        }

        /**
         * The report.
         *
         * @return the report
         */
        public Report report() {
            return report;
        }

        /**
         * Where the reader stood once it had read the report ({@link ReportReader#location()}).
         *
         * @return the location
         */
        public SourceLocation location() {
            return location;
        }

        /**
         * The report's pointer in its document ({@link ReportReader#pointer()}).
         *
         * @return the pointer
         */
        public String pointer() {
            return pointer;
        }

        /**
         * The report's position in its input, from 0.
         *
         * @return the index
         */
        public int index() {
            return index;
        }

        /**
         * What the work found for this report, or its failure thrown again.
         *
         * @return the result
         * @throws IllegalStateException when there is no work
         */
        public R result() {
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            if (result == null) {
                throw new IllegalStateException("no work was done on the report");
            }
            return result;
        }

        void work(Function<? super Read<R>, ? extends R> work) {
            try {
                result = work.apply(this);
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }
    }

    /** The events of one batch, and whether they held reports. */
    private static final class Batch<R> {
        final List<Event> events = new ArrayList<>(BATCH);
        final List<Read<R>> reads = new ArrayList<>(BATCH);
    }

    /**
     * The work on one batch's reports, run by whichever thread starts it first: a worker of the pool or the
     * consumer, which would otherwise wait for it.
     */
    private static final class Work<R> extends FutureTask<Batch<R>> {
        private final AtomicBoolean started = new AtomicBoolean();

        Work(Batch<R> batch, Function<? super Read<R>, ? extends R> work) {
            super(() -> {
                for (Read<R> read : batch.reads) {
                    read.work(work);
                }
                return batch;
            });
        }

        /** Whether no thread has started this work yet; a hint, as another may start it at once. */
        boolean unstarted() {
            return !started.get();
        }

        @Override
        public void run() {
            if (started.compareAndSet(false, true)) {
                super.run();
            }
        }
    }

    /** Thrown on the reading thread when the consumer has gone: it ends the reading, and is no failure. */
    private static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super(null, null, false, false);
        }
    }

    private static final AtomicInteger RUNS = new AtomicInteger();

    private final List<String> arguments;
    private final Function<String, Input> opener;
    private final Function<Input, ReadOptions> options;
    private final Predicate<Throwable> readOn;
    private final @Nullable Function<? super Read<R>, ? extends R> work;
    private final @Nullable ExecutorService workers;
    private final BlockingQueue<Future<Batch<R>>> queue;
    private final Batch<R> last = new Batch<>();
    private final Thread reading;
    private volatile boolean cancelled;
    private Batch<R> filling = new Batch<>();
    private @Nullable Batch<R> current;
    private int position;
    private boolean finished;

    private ReadAhead(List<String> arguments, Function<String, Input> opener, Function<Input, ReadOptions> options,
            Predicate<Throwable> readOn, @Nullable Function<? super Read<R>, ? extends R> work, int workers) {
        this.arguments = List.copyOf(arguments);
        this.opener = opener;
        this.options = options;
        this.readOn = readOn;
        this.work = work;
        int run = RUNS.incrementAndGet();
        if (work != null) {
            AtomicInteger count = new AtomicInteger();
            this.workers = Executors.newFixedThreadPool(workers, task -> daemon(task, "reportmeta-" + run + "-work-" + count.incrementAndGet()));
            // a batch in work for each worker, one done and waiting for the consumer, one more to keep the reading going
            this.queue = new ArrayBlockingQueue<>(workers + 2);
        } else {
            this.workers = null;
            this.queue = new ArrayBlockingQueue<>(4);
        }
        this.reading = daemon(this::read, "reportmeta-" + run + "-read");
    }

    /**
     * Starts reading the inputs.
     *
     * @param arguments the inputs as given on the command line
     * @param opener opens an input, as {@link Input#open} does
     * @param options the read options of an input; their listener is replaced by one that makes {@link Note}s
     * @param readOn whether the reading goes on to the next input after a failure to open or read one
     * @param work what to find for each report on the pool, or null for nothing
     * @param workers the threads of the pool, at least 1 when there is work
     * @param <R> the result of the work on each report
     * @return the running read-ahead, to be closed
     */
    public static <R> ReadAhead<R> start(List<String> arguments, Function<String, Input> opener,
            Function<Input, ReadOptions> options, Predicate<Throwable> readOn,
            @Nullable Function<? super Read<R>, ? extends R> work, int workers) {
        ReadAhead<R> ahead = new ReadAhead<>(arguments, opener, options, readOn, work, Math.max(1, workers));
        ahead.reading.start();
        return ahead;
    }

    /**
     * The next event, waiting for it to be read.
     *
     * @return the event, or null after the last one
     * @throws UncheckedIOException with an {@link InterruptedIOException} when this thread is interrupted
     */
    public @Nullable Event next() {
        while (current == null || position == current.events.size()) {
            if (finished) {
                return null;
            }
            Batch<R> batch = take();
            if (batch == last) {
                finished = true;
                current = null;
                return null;
            }
            current = batch;
            position = 0;
        }
        return current.events.get(position++);
    }

    private Batch<R> take() {
        try {
            Future<Batch<R>> next = queue.take();
            if (!next.isDone()) {
                help(next);
            }
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new UncheckedIOException(new InterruptedIOException("interrupted"));
        } catch (ExecutionException e) {
            // a batch's work keeps each report's failure in its Read; nothing else can fail
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Does work on this thread instead of waiting for it: the batch needed next when no worker has started it, then
     * any later batch in the queue that none has started, while a worker still works on the one needed next. Each
     * batch's work runs once, whoever starts it ({@link Work#run()} does nothing once started), and keeps its
     * results and failures in its reports, so what the consumer meets does not depend on who did the work.
     */
    private void help(Future<Batch<R>> next) {
        if (next instanceof Work<?> task) {
            task.run();
        }
        if (next.isDone()) {
            return;
        }
        // a worker has it: take a later batch nobody has started, rather than wait
        for (Future<Batch<R>> later : queue) {
            if (next.isDone()) {
                return;
            }
            if (later instanceof Work<?> work && work.unstarted()) {
                work.run();
            }
        }
    }

    /** Stops the reading and the work, if still running, and waits briefly for their threads to end. */
    @Override
    public void close() {
        cancelled = true;
        reading.interrupt();
        if (workers != null) {
            workers.shutdownNow();
        }
        queue.clear();
        boolean interrupted = Thread.interrupted();
        try {
            // a reader blocked on a terminal or a pipe ends only when its input does; its thread does not hold the JVM
            reading.join(TimeUnit.SECONDS.toMillis(5));
            if (workers != null) {
                workers.awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Whether the threads of this read-ahead have ended.
     *
     * @return true once the reading thread and the workers have ended
     */
    public boolean stopped() {
        return !reading.isAlive() && (workers == null || workers.isTerminated());
    }

    private void read() {
        try {
            for (String argument : arguments) {
                if (!readInput(argument)) {
                    break;
                }
            }
            hand();
        } catch (Cancelled | InterruptedException e) {
            return; // the consumer has gone
        } catch (RuntimeException | Error e) {
            // not the reader's failure, which readInput hands on, but the reading's own (out of memory)
            filling = new Batch<>();
            filling.events.add(new Failed(e));
            try {
                hand();
            } catch (Cancelled | InterruptedException gone) {
                return;
            }
        }
        try {
            queue.put(CompletableFuture.completedFuture(last));
        } catch (InterruptedException e) {
            // the consumer has gone
        }
    }

    /** Reads one input; false when the reading ends with it. */
    private boolean readInput(String argument) throws InterruptedException {
        Input input;
        try {
            input = opener.apply(argument);
        } catch (RuntimeException | Error e) {
            add(new OpenFailed(e));
            return readOn.test(e);
        }
        add(new Opened(input));
        int index = 0;
        try (ReportReader reader = input.reader(options.apply(input).withListener(note -> add(new Note(note))))) {
            add(new Header(reader.header()));
            while (reader.hasNext()) {
                if (cancelled) {
                    throw new Cancelled();
                }
                Report report = reader.next();
                Read<R> read = new Read<>(report, reader.location(), reader.pointer(), index++);
                filling.reads.add(read);
                add(read);
            }
        } catch (Cancelled e) {
            throw e;
        } catch (RuntimeException | Error e) {
            if (cancelled) {
                throw new Cancelled();
            }
            add(new Failed(e));
            hand();
            return readOn.test(e);
        }
        add(new Ended());
        return true;
    }

    private void add(Event event) {
        filling.events.add(event);
        if (filling.events.size() >= BATCH) {
            try {
                hand();
            } catch (InterruptedException e) {
                throw new Cancelled();
            }
        }
    }

    /** Hands the batch being filled to the consumer, through the work when there is some. */
    private void hand() throws InterruptedException {
        if (filling.events.isEmpty()) {
            return;
        }
        Batch<R> batch = filling;
        filling = new Batch<>();
        Future<Batch<R>> handed;
        if (work != null && workers != null && !batch.reads.isEmpty()) {
            Work<R> task = new Work<>(batch, work);
            workers.execute(task);
            handed = task;
        } else {
            handed = CompletableFuture.completedFuture(batch);
        }
        if (cancelled) {
            throw new Cancelled();
        }
        queue.put(handed);
    }

    /**
     * A failure met on another thread, to be thrown again on this one as it is.
     *
     * @param failure the failure
     * @return the failure, to throw, when it is unchecked
     * @throws Error when it is one
     */
    public static RuntimeException rethrow(Throwable failure) {
        if (failure instanceof Error e) {
            throw e;
        }
        return failure instanceof RuntimeException e ? e : new IllegalStateException(failure);
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
