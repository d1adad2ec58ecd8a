// The V8 flags every launcher of the server gives node: npm start (package.json), the image
// (Dockerfile), the systemd unit (deploy/orgbase.service), the installed `orgbase` command (the
// shebang of bin/orgbase.js), the bench and the real-use suites. test/node-flags.test.ts keeps
// them in step with this list.
//
// --max-semi-space-size=4: the young generation's two halves grow to 16 MB each by default, and
// a server that allocates a response per request fills them, so both stay resident: 32 MB of a
// 130 MB process that holds a few MB of live young objects. At 4 MB the whole bench run peaked
// 1.45x the reference server's RSS instead of 1.73x, at no measurable cost per request
// (docs/performance.md, "Memory"); the flag cannot be set from inside a running process.
//
// --heap-growing-percent=20: after each full collection V8 lets the old generation grow to up
// to 4x what survived before collecting again. Under writes (role memberships added and
// removed without pause) that let the process reach 181-242 MB on a live heap of about 60 MB,
// against the reference server's 117 MB. Growing by 20% instead peaked at 122 MB, with the same
// CPU per request (the marking runs concurrently): docs/performance.md, session 26.
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=4', '--heap-growing-percent=20'];
