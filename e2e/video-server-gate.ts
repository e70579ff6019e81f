/**
 * Plays an outage of the video server's signalling port with real network failures, inside the
 * test's private network namespace: new connections to LiveKit's advertised address are refused
 * (TCP reset, as from a server that is down), and chosen open connections go silent, as when a
 * network path dies. The app reaches LiveKit on 127.0.0.1 and media uses other ports, so only
 * what a browser does on the signalling port is affected.
 *
 * It changes packet filtering, so it refuses to run outside the namespace scripts/in-netns.sh makes.
 */
import { execFileSync } from 'node:child_process';
import { E2E_LIVEKIT } from './services.js';

const NAMESPACE_IP = '198.18.0.1';
const port = String(E2E_LIVEKIT.port);

export const inTestNamespace = () => process.env.E2E_NODE_IP === NAMESPACE_IP;

const iptables = (...args: string[]) => execFileSync('iptables', ['-w', ...args], { encoding: 'utf8' });

const REFUSE = ['INPUT', '-p', 'tcp', '-d', NAMESPACE_IP, '--dport', port, '--syn', '-j', 'REJECT', '--reject-with', 'tcp-reset'];
const silence = (chain: 'INPUT' | 'OUTPUT', clientPort: string) =>
  chain === 'OUTPUT'
    ? ['OUTPUT', '-p', 'tcp', '-d', NAMESPACE_IP, '--sport', clientPort, '--dport', port, '-j', 'DROP']
    : ['INPUT', '-p', 'tcp', '-d', NAMESPACE_IP, '--sport', port, '--dport', clientPort, '-j', 'DROP'];

/** Local ports of the browsers' open signalling connections (client side) right now. */
export function signallingClientPorts(): Set<string> {
  const out = execFileSync('ss', ['-Htn', 'state', 'established', 'dst', `${NAMESPACE_IP}:${port}`], { encoding: 'utf8' });
  const ports = out
    .split('\n')
    .map((line) => line.trim().split(/\s+/)[2]?.split(':').pop())
    .filter((p): p is string => !!p);
  return new Set(ports);
}

export class VideoServerGate {
  private readonly rules: string[][] = [];

  constructor() {
    if (!inTestNamespace()) throw new Error('VideoServerGate changes packet filtering: run it only inside scripts/in-netns.sh');
  }

  private add(rule: string[]) {
    iptables('-I', ...rule);
    this.rules.push(rule);
  }

  /** New connections to the signalling port are reset at once. */
  refuseNew() {
    this.add(REFUSE);
  }

  /** These open connections stop carrying anything, in both directions, and new ones are refused. */
  silence(clientPorts: Iterable<string>) {
    this.refuseNew();
    for (const p of clientPorts) {
      this.add(silence('OUTPUT', p));
      this.add(silence('INPUT', p));
    }
  }

  /** How many connection attempts were refused so far: proof that the page keeps trying. */
  refusedAttempts(): number {
    const listing = iptables('-L', 'INPUT', '-v', '-n', '-x');
    const line = listing.split('\n').find((l) => l.includes('REJECT') && l.includes(`dpt:${port}`));
    return Number(line?.trim().split(/\s+/)[0] ?? 0);
  }

  restore() {
    for (const rule of this.rules.splice(0).reverse()) {
      const [chain, ...spec] = rule;
      iptables('-D', chain ?? 'INPUT', ...spec);
    }
  }
}
