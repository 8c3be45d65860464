'use client';

import type { PeerPresence } from './use-canvas-presence';

/** The other people's pointers over the canvas, each with their name; decorative for assistive technology. */
export function PeerCursors({ peers, toScreen }: { peers: PeerPresence[]; toScreen: (p: { x: number; y: number }) => { left: number; top: number } }) {
  return (
    <div aria-hidden className="pointer-events-none absolute inset-0 overflow-hidden">
      {peers.map((peer) => {
        if (!peer.cursor) return null;
        const { left, top } = toScreen(peer.cursor);
        return (
          <div key={peer.clientId} className="absolute transition-transform duration-75" style={{ transform: `translate(${left}px, ${top}px)` }} data-peer-cursor={peer.user.name}>
            <svg width="14" height="20" viewBox="0 0 14 20" fill={peer.user.color} stroke="white" strokeWidth="1.5">
              <path d="M1 1 L1 17 L5 13 L8 19 L10 18 L7 12 L13 12 Z" />
            </svg>
            <span className="ml-3 rounded px-1.5 py-0.5 text-xs whitespace-nowrap text-white" style={{ backgroundColor: peer.user.color }}>
              {peer.user.name}
            </span>
          </div>
        );
      })}
    </div>
  );
}
