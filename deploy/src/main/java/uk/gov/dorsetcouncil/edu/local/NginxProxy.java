package uk.gov.dorsetcouncil.edu.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Debian's nginx as a plain reverse proxy in front of one service: the yardstick the
 * gateway is measured against. One worker (the gateway is one process too), keep-alive to
 * the service, no access log, everything under a folder of its own.
 */
final class NginxProxy implements AutoCloseable {

	private final Path folder;

	private final Process process;

	private final int port;

	private NginxProxy(Path folder, Process process, int port) {
		this.folder = folder;
		this.process = process;
		this.port = port;
	}

	static NginxProxy start(Path folder, int port, String upstream) throws IOException, InterruptedException {
		Files.createDirectories(folder.resolve("logs"));
		Path config = Files.writeString(folder.resolve("nginx.conf"), """
				worker_processes 1;
				daemon off;
				error_log %1$s/logs/error.log warn;
				pid %1$s/nginx.pid;
				events { worker_connections 1024; }
				http {
				  access_log off;
				  client_body_temp_path %1$s/body;
				  proxy_temp_path %1$s/proxy;
				  fastcgi_temp_path %1$s/fastcgi;
				  uwsgi_temp_path %1$s/uwsgi;
				  scgi_temp_path %1$s/scgi;
				  upstream service { server %2$s; keepalive 128; }
				  server {
				    listen 127.0.0.1:%3$d;
				    location / {
				      proxy_pass http://service;
				      proxy_http_version 1.1;
				      proxy_set_header Connection "";
				    }
				  }
				}
				""".formatted(folder, upstream, port));
		Process process = new ProcessBuilder(DebianPackages.find("nginx").toString(), "-p", folder.toString(), "-c",
				config.toString())
			.redirectErrorStream(true)
			.redirectOutput(folder.resolve("logs").resolve("nginx.out").toFile())
			.start();
		NginxProxy proxy = new NginxProxy(folder, process, port);
		proxy.awaitListening();
		return proxy;
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private void awaitListening() throws InterruptedException, IOException {
		for (int i = 0; i < 50; i++) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("nginx stopped: see " + this.folder.resolve("logs"));
			}
			try (java.net.Socket socket = new java.net.Socket("127.0.0.1", this.port)) {
				return;
			}
			catch (IOException ex) {
				Thread.sleep(100);
			}
		}
		throw new IOException("nginx did not listen on " + this.port);
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

}
