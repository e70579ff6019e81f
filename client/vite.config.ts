import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': new URL('./src', import.meta.url).pathname } },
  server: {
    port: 5173,
    strictPort: true,
    // No changeOrigin: the server's same-site check compares the Origin with the Host it sees.
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000' },
      // Calendar apps fetch the private .ics feed from PUBLIC_URL.
      '/calendar': { target: 'http://127.0.0.1:3000' },
      // The live channel (Socket.IO /live) is websocket-only.
      '/socket.io': { target: 'http://127.0.0.1:3000', ws: true },
    },
  },
  // The LiveKit chunk is large but loaded only when someone enters a room (React.lazy).
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: 'hidden', chunkSizeWarningLimit: 700 },
});
