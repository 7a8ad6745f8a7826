#!/usr/bin/env node
// CommonJS (bin/package.json): Node starts it without its ES-module loader, and the bundle is loaded
// with its code cache (bundle-loader.js).
require('./bundle-loader.js').loadBundle('cli.js').main(process.argv);
