// SDK calls beyond the seed's, whose wire our client must match. Prints one JSON object of results.
// Usage: node wire.js <timeseries id> <invitation id> <another token>   (with the SDK's environment variables set)
'use strict';
const { API } = require('@hahnpro/hpc-api');

const perms = { readPermissions: ['test'], readWritePermissions: ['test'] };

function firstEvent(api, subscribe) {
  return new Promise((resolve, reject) => {
    let id;
    const listener = (event) => {
      api.httpClient.destroyEventSource(id);
      resolve(event.data);
    };
    subscribe(listener, (err) => reject(err)).then((opened) => {
      id = opened;
    }, reject);
  });
}

async function main() {
  const [tsId, invitationId, anotherToken] = process.argv.slice(2);
  const api = new API();
  const out = {};

  await api.timeSeries.addValue(tsId, { 1234: 5, 1235: 6 });

  const flow = await api.flows.addOne({ name: 'flow', ...perms });
  out.flows = (await api.flows.getMany()).docs.map((f) => f.name);
  out.flow = (await api.flows.getOne(flow.id)).name;
  out.flowsMany = (await api.flows.addMany([{ name: 'a', ...perms }])).map((f) => f.name);

  const deployment = await api.flowDeployments.addOne({ name: 'dep', diagramId: 'd1', flow: flow.id, ...perms });
  out.references = (await api.flowDeployments.resolveReferences(deployment.id)).map((r) => r.resourceType);
  out.deploymentsMany = (await api.flowDeployments.addMany([{ name: 'dep2', diagramId: 'd1', ...perms }])).map(
    (d) => d.name,
  );
  out.status = await firstEvent(api, (listener, errors) =>
    api.flowDeployments.subscribeToStatus(deployment.id, listener, errors),
  );

  out.functionsMany = (await api.flowFunctions.addMany([{ fqn: 'a.b', ...perms }])).map((f) => f.fqn);
  const labels = await api.labels.addMany([{ name: 'red', readWritePermissions: ['test'] }]);
  out.labelsMany = labels.map((l) => l.name);
  await api.labels.deleteOne(labels[0].id, { force: true });

  const thread = await api.ai.createThread('assistant1');
  out.messages = (await api.ai.getThreadMessages(thread.id)).total;

  await api.organizations.resendOrganizationInvitation('org1', invitationId);
  await api.organizations.requestDeletion('org1');

  out.deletedSettings = (await api.users.deleteUserSettings()).userId;
  out.content = (await api.contents.addOne({ filename: 'notes.txt', ...perms })).filename;
  out.count = await api.assets.count({ tags: ['test'] });
  // A per-call Authorization header: the SDK spreads config.headers over its own.
  out.perCall = (await api.assets.getMany({}, { headers: { Authorization: `Bearer ${anotherToken}` } })).total;
  process.stdout.write(JSON.stringify(out));
}

main().catch((err) => {
  process.stderr.write(String(err && err.stack ? err.stack : err) + '\n');
  if (err && err.response) process.stderr.write(JSON.stringify(err.response.data) + '\n');
  process.exit(1);
});
