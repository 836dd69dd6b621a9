package org.khabar.cli;

import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.khabar.query.CannedQuery;
import org.khabar.query.QueryRunner;

/**
 * A bounded load on a SPARQL endpoint on loopback: N clients, each sending the canned queries in turn over HTTP
 * for a fixed time; throughput, p50/p99 latency and errors. It stops by itself.
 */
final class ServerLoad {
    record Result(int clients, long requests, long errors, double seconds, long[] micros) {
        void print(PrintStream out) {
            long p50 = micros.length == 0 ? 0 : micros[micros.length / 2];
            long p99 = micros.length == 0 ? 0 : micros[Math.min(micros.length - 1, (int) Math.ceil(micros.length * 0.99) - 1)];
            out.printf("%-26s %10.1f req/s   p50 %8.1f ms   p99 %8.1f ms   %d errors of %d%n",
                    "load, " + clients + " clients", requests / seconds, p50 / 1000.0, p99 / 1000.0, errors, requests);
        }
    }

    private final String endpoint;
    private final int clients;
    private final int seconds;

    ServerLoad(String endpoint, int clients, int seconds) {
        this.endpoint = endpoint;
        this.clients = clients;
        this.seconds = seconds;
    }

    Result run() throws Exception {
        List<String> queries = new ArrayList<>();
        for (String name : CannedQuery.NAMES) {
            if (name.equals("quotes-about")) continue; // needs a text; the others answer as they are
            queries.add(QueryRunner.bind(CannedQuery.named(name), Map.of()).serialize());
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> parts = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            parts.add(pool.submit(() -> {
                List<Long> lat = new ArrayList<>();
                for (int i = offset; System.nanoTime() < end; i++) {
                    String q = queries.get(i % queries.size());
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(endpoint))
                                .timeout(Duration.ofSeconds(60))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Accept", "application/sparql-results+json")
                                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                                .build(), HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 200) errors.incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    lat.add((System.nanoTime() - t0) / 1000);
                }
                return lat.stream().mapToLong(Long::longValue).toArray();
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : parts) all.add(f.get());
        pool.shutdown();
        double secs = (System.nanoTime() - start) / 1e9;
        long[] micros = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(clients, micros.length, errors.get(), secs, micros);
    }
}
