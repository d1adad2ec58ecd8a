// A real DNS server on a free UDP port of 127.0.0.1, answering TXT records the test sets: what
// ORGBASE_DNS_SERVERS points domain verification at in the tests.
import dns2 from 'dns2';

export interface TestDnsServer {
  /** `127.0.0.1:<port>`, for ORGBASE_DNS_SERVERS / config.dnsServers. */
  address: string;
  /** TXT records per name; each record is a list of strings. */
  txt: Map<string, string[][]>;
  /** Names asked, in order. */
  queries: string[];
  close(): Promise<void>;
}

export async function startDnsServer(): Promise<TestDnsServer> {
  const txt = new Map<string, string[][]>();
  const queries: string[] = [];
  const { Packet } = dns2;
  const server = dns2.createServer({
    udp: true,
    handle: (request, send) => {
      const response = Packet.createResponseFromRequest(request);
      const [question] = request.questions;
      if (question) {
        queries.push(question.name);
        const records = txt.get(question.name.toLowerCase());
        // NXDOMAIN for a name with no records at all, as a real zone answers.
        if (!records) response.header.rcode = 3;
        for (const chunks of records ?? []) {
          response.answers.push({ name: question.name, type: Packet.TYPE.TXT, class: Packet.CLASS.IN, ttl: 1, data: chunks.length === 1 ? chunks[0] : chunks });
        }
      }
      send(response);
    },
  });
  await server.listen({ udp: { port: 0, address: '127.0.0.1' } });
  const port = server.addresses().udp!.port;
  return { address: `127.0.0.1:${port}`, txt, queries, close: () => server.close() };
}
