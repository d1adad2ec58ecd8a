// The few parts of dns2 (no bundled types) the test DNS server uses.
declare module 'dns2' {
  interface Question {
    name: string;
    type: number;
  }
  interface DnsPacket {
    questions: Question[];
    answers: unknown[];
    header: { rcode: number };
  }
  interface DnsServer {
    listen(options: { udp?: { port: number; address: string } }): Promise<unknown>;
    addresses(): { udp?: { port: number; address: string } };
    close(): Promise<void>;
  }
  const dns2: {
    Packet: {
      TYPE: { TXT: number };
      CLASS: { IN: number };
      createResponseFromRequest(request: DnsPacket): DnsPacket;
    };
    createServer(options: { udp?: boolean; handle: (request: DnsPacket, send: (response: DnsPacket) => void) => void }): DnsServer;
  };
  export default dns2;
}
