#!/usr/bin/env node
import { main } from '../dist/bin/cli.js';

await main(process.argv);
