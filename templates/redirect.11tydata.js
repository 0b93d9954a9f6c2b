// Redirect pages are written at the earlier address; both addresses are checked site paths, so a
// tampered address book cannot write outside the output folder.
const SITE_PATH = /^\/(?:people|meetings)\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/;

function checkedPath(value) {
  if (typeof value !== "string" || !SITE_PATH.test(value)) throw new Error(`Refusing a redirect for the unsafe address ${JSON.stringify(value)}`);
  return value;
}

export default {
  permalink: (data) => {
    checkedPath(data.redirect.to);
    return checkedPath(data.redirect.from);
  },
};
