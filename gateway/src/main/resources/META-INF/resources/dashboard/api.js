// Reads of the public API, same origin. A 429 is waited out as its Retry-After says.
const MAX_TRIES = 3;

export class ApiError extends Error {
  constructor(status, url) {
    super(`${status} ${url}`);
    this.status = status;
  }
}

async function request(url, accept) {
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(url, { headers: { Accept: accept } });
    if (response.status === 429 && attempt < MAX_TRIES) {
      const seconds = Number(response.headers.get('Retry-After')) || 1;
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
      continue;
    }
    if (!response.ok) {
      throw new ApiError(response.status, url);
    }
    return response;
  }
}

/** GET {@code path} with the page's query (asOf), as JSON. */
export async function getJson(path, query = {}) {
  return (await request(withQuery(path, query), 'application/json')).json();
}

/** GET {@code path} as the API's own CSV, saved under {@code fileName}. */
export async function downloadCsv(path, query, fileName) {
  const blob = await (await request(withQuery(path, query), 'text/csv')).blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

export function withQuery(path, query) {
  const params = new URLSearchParams();
  Object.entries(query).forEach(([name, value]) => {
    if (value !== null && value !== undefined && value !== '') {
      params.set(name, value);
    }
  });
  const search = params.toString();
  return search ? `${path}${path.includes('?') ? '&' : '?'}${search}` : path;
}
