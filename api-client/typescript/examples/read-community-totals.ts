// Lists the communities whose name contains the second argument, then reads the first one's totals, with the
// client generated from api/openapi.json. Prints one JSON line. Usage: node read-community-totals.js <gateway URL> <name>
import { CommunitiesApi, Configuration, TotalsApi } from "../../target/generated-sources/typescript-fetch";

async function main(gateway: string, name: string): Promise<void> {
  const config = new Configuration({ basePath: gateway });
  const page = await new CommunitiesApi(config).listCommunities({ name, size: 5 });
  const code = page.items[0]?.code;
  if (code === undefined) {
    throw new Error(`No community's name contains ${name}`);
  }
  const totals = await new TotalsApi(config).getCommunityTotals({ code });
  console.log(JSON.stringify({ listed: page.total, code, name: totals.community?.name, assigned: totals.money?.assigned ?? null }));
}

main(process.argv[2], process.argv[3]).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
