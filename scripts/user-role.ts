// npm run user:role -- <email> <role>: sets a user's role from the command line (e.g. the first admin).
// Stop the app first when it runs on the embedded database: PGlite allows one process per folder.
import { isRole, ROLES } from '../lib/auth/roles';
import { disconnectDb } from '../lib/db/client';
import { closeConnection } from '../lib/db/connection';
import { updateUserRole } from '../lib/db/users';

const [email, role] = process.argv.slice(2);
if (!email || !role || !isRole(role)) {
  console.error(`Usage: npm run user:role -- <email> <${ROLES.join('|')}>`);
  process.exit(2);
}
const user = await updateUserRole({ email, role });
await disconnectDb();
await closeConnection();
if (!user) {
  console.error(`No user with email ${email}.`);
  process.exit(1);
}
console.log(`${user.email} is now ${user.role}.`);
process.exit(0);
