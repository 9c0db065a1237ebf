// The seed's calls, made with the official SDK against the fake API. Prints one JSON object of results.
// Usage: node calls.js <asset id> <asset type id> <timeseries id>   (with the SDK's environment variables set)
'use strict';
const { API } = require('@hahnpro/hpc-api');

async function main() {
  const [assetId, typeId, tsId] = process.argv.slice(2);
  const api = new API();
  const out = {};

  out.list = (await api.assets.getMany()).docs.map((a) => a.name);
  out.get = (await api.assets.getOne(assetId)).name;
  out.filter = (await api.assets.getManyFiltered({ tags: ['test'] })).docs.map((a) => a.id);
  out.populate = (await api.assets.getMany({ populate: 'type,parent' })).docs.map((a) => a.type.name);

  const created = await api.assets.addOne({
    name: 'newAsset',
    type: typeId,
    readPermissions: ['test'],
    readWritePermissions: ['test', 'admin'],
  });
  out.create = created.name;
  const asset = await api.assets.getOne(created.id);
  asset.tags = asset.tags || [];
  asset.tags.push('newTag');
  out.update = (await api.assets.updateOne(created.id, asset)).tags;

  const form = new FormData();
  form.append('file', new Blob([Buffer.from('hello from node\n')], { type: 'text/plain' }), 'somefile.txt');
  form.append('readPermissions', 'test');
  form.append('readWritePermissions', 'test');
  const content = await api.contents.upload(form);
  out.upload = [content.filename, content.size];
  out.download = Buffer.from(await api.contents.download(content.id, true)).toString();

  out.values = (await api.timeSeries.getValues(tsId, 0, 1000)).map((v) => v.value);
  out.period = (await api.timeSeries.getValuesOfPeriod(tsId, 0, 3000, '12h')).map((v) => v.timestamp);
  await api.timeSeries.addValue(tsId, { 1234: 5, 1235: { val1: 1, val2: 2 } });
  out.recent = (await api.timeSeries.getMostRecentValue(tsId)).value;
  out.roles = await api.users.getCurrentUserRoles();
  process.stdout.write(JSON.stringify(out));
}

main().catch((err) => {
  process.stderr.write(String(err && err.stack ? err.stack : err) + '\n');
  if (err && err.response) process.stderr.write(JSON.stringify(err.response.data) + '\n');
  process.exit(1);
});
