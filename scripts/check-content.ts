// Validates the problem library; the build runs it so a malformed entry never ships.
import { readLibrary } from '../lib/problems/read-library';

const { problems, concepts, errors } = readLibrary();
for (const error of errors) console.error(`✗ ${error.message}`);
console.log(`Problem library: ${problems.length} problems, ${concepts.length} concept guides, ${errors.length} invalid.`);
process.exit(errors.length > 0 ? 1 : 0);
