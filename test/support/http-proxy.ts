// A forward HTTP proxy on loopback, for tests that run the action behind a
// proxy (HTTPS_PROXY / HTTP_PROXY), as runners behind corporate proxies do.
// It is a real proxy, written here because the tests need one thing a packaged
// proxy (tinyproxy, squid) can only get from the system resolver: host names
// that resolve nowhere but in the proxy. A test gives the action such a name
// (say results.trident-iso.test); the client cannot reach it directly, so a
// request that arrives proves it went through the proxy.
//
// What it does, as a forward proxy does (RFC 9110 9.3.6 CONNECT, 7.1 absolute-form):
// - CONNECT host:port opens a TCP tunnel (@actions/http-client's tunnel agent
//   and undici's ProxyAgent, used by Octokit, tunnel every request this way);
// - an absolute-form request (`PUT http://host:port/path`) is forwarded with
//   the hop-by-hop headers removed (the Azure SDK's http-proxy-agent sends
//   plain-HTTP requests this way);
// - anything else (an origin-form request: the proxy is not a web server) is
//   400; with `credentials`, a request without the right Proxy-Authorization
//   is 407 with a Basic challenge.
// Every request is recorded (method, host, port, path, status, who was asked
// for credentials), so a test can also say what went through.
import { once } from 'node:events';
import http from 'node:http';
import net from 'node:net';
import type { Duplex } from 'node:stream';

export interface ProxyRecord {
  /** CONNECT, or the method of a forwarded request. */
  method: string;
  /** The host the client asked for (before mapping). */
  host: string;
  port: number;
  /** Path and query of a forwarded request; '' for CONNECT. */
  path: string;
  /** What the proxy answered: 200 for an open tunnel, the origin's status for a forwarded request, or the proxy's own error. */
  status: number;
}

export interface HttpProxyOptions {
  /** Host names the proxy resolves itself, to an address (e.g. '127.0.0.1'). Other names go to the system resolver. */
  hosts?: Record<string, string>;
  /** Require Basic proxy credentials. */
  credentials?: { username: string; password: string };
}

export interface HttpProxy {
  /** The proxy's URL, with the credentials when it requires them: the value for HTTPS_PROXY / HTTP_PROXY. */
  url: string;
  port: number;
  /** Every request, in the order they arrived. */
  records: ProxyRecord[];
  stop(): Promise<void>;
}

const HOP_BY_HOP = [
  'connection',
  'keep-alive',
  'proxy-authorization',
  'proxy-authenticate',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
];

/** host:port of a CONNECT target; IPv6 literals in brackets. */
function splitAuthority(authority: string): { host: string; port: number } | undefined {
  const m = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(authority);
  if (!m) return undefined;
  return { host: m[1]!.replace(/^\[|\]$/g, ''), port: Number(m[2]) };
}

export async function startHttpProxy(options: HttpProxyOptions = {}): Promise<HttpProxy> {
  const records: ProxyRecord[] = [];
  const sockets = new Set<Duplex>();
  const address = (host: string) => options.hosts?.[host.toLowerCase()] ?? host;
  const expected = options.credentials
    ? `Basic ${Buffer.from(`${options.credentials.username}:${options.credentials.password}`).toString('base64')}`
    : undefined;
  const authorized = (header: string | undefined) => expected === undefined || header === expected;

  const server = http.createServer((req, res) => {
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end('proxy: origin-form request; this is a proxy, send an absolute URL or CONNECT\n');
      return;
    }
    const port = Number(target.port || 80);
    const record: ProxyRecord = { method: req.method ?? '', host: target.hostname, port, path: `${target.pathname}${target.search}`, status: 0 };
    records.push(record);
    if (target.protocol !== 'http:') {
      record.status = 400;
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end(`proxy: ${target.protocol} URLs go through CONNECT\n`);
      return;
    }
    if (!authorized(req.headers['proxy-authorization'])) {
      record.status = 407;
      res.writeHead(407, { 'Proxy-Authenticate': 'Basic realm="test proxy"', 'Content-Type': 'text/plain' }).end('proxy: credentials required\n');
      return;
    }
    const headers = { ...req.headers };
    for (const name of HOP_BY_HOP) delete headers[name];
    const upstream = http.request({ host: address(target.hostname), port, method: req.method, path: record.path, headers }, (answer) => {
      record.status = answer.statusCode ?? 0;
      const back = { ...answer.headers };
      for (const name of HOP_BY_HOP) delete back[name];
      res.writeHead(answer.statusCode ?? 502, back);
      answer.pipe(res);
    });
    upstream.on('error', (error) => {
      record.status = 502;
      if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'text/plain' });
      res.end(`proxy: ${target.host}: ${error.message}\n`);
    });
    req.pipe(upstream);
  });

  server.on('connect', (req: http.IncomingMessage, client: Duplex, head: Buffer) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    const authority = splitAuthority(req.url ?? '');
    const record: ProxyRecord = { method: 'CONNECT', host: authority?.host ?? req.url ?? '', port: authority?.port ?? 0, path: '', status: 0 };
    records.push(record);
    const refuse = (status: number, reason: string, extra = '') => {
      record.status = status;
      client.end(`HTTP/1.1 ${status} ${reason}\r\n${extra}Content-Length: 0\r\nConnection: close\r\n\r\n`);
    };
    if (!authority) return refuse(400, 'Bad Request');
    if (!authorized(req.headers['proxy-authorization']))
      return refuse(407, 'Proxy Authentication Required', 'Proxy-Authenticate: Basic realm="test proxy"\r\n');
    const upstream = net.connect(authority.port, address(authority.host));
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.once('connect', () => {
      record.status = 200;
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', (error) => {
      if (record.status === 0) refuse(502, 'Bad Gateway');
      else client.destroy(error);
    });
  });
  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as net.AddressInfo).port;
  const auth = options.credentials ? `${encodeURIComponent(options.credentials.username)}:${encodeURIComponent(options.credentials.password)}@` : '';
  return {
    url: `http://${auth}127.0.0.1:${port}`,
    port,
    records,
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
