// IndexedDB: the phone's memory when there is no signal. Everything an inspector creates is kept here, with its
// own UUID, until the server has answered for it; reading a household file once keeps it readable offline.
const DB_NAME = 'anju';
const DB_VERSION = 1;
let dbPromise;

function db() {
  if (!dbPromise) {
    dbPromise = new Promise((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, DB_VERSION);
      request.onupgradeneeded = () => {
        const d = request.result;
        d.createObjectStore('kv');
        d.createObjectStore('outbox', { keyPath: 'id' }).createIndex('status', 'status');
        d.createObjectStore('photos', { keyPath: 'id' });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }
  return dbPromise;
}

function tx(store, mode, work) {
  return db().then((d) => new Promise((resolve, reject) => {
    const transaction = d.transaction(store, mode);
    const result = work(transaction.objectStore(store));
    transaction.oncomplete = () => resolve(result && 'result' in result ? result.result : result);
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  }));
}

export const kv = {
  get: (key) => tx('kv', 'readonly', (s) => s.get(key)),
  set: (key, value) => tx('kv', 'readwrite', (s) => s.put(value, key)),
  remove: (key) => tx('kv', 'readwrite', (s) => s.delete(key)),
  keys: () => tx('kv', 'readonly', (s) => s.getAllKeys()),
};

export const outbox = {
  put: (item) => tx('outbox', 'readwrite', (s) => s.put(item)),
  get: (id) => tx('outbox', 'readonly', (s) => s.get(id)),
  all: () => tx('outbox', 'readonly', (s) => s.getAll()),
  remove: (id) => tx('outbox', 'readwrite', (s) => s.delete(id)),
};

export const photos = {
  put: (photo) => tx('photos', 'readwrite', (s) => s.put(photo)),
  get: (id) => tx('photos', 'readonly', (s) => s.get(id)),
  remove: (id) => tx('photos', 'readwrite', (s) => s.delete(id)),
};

export function uuid() {
  return crypto.randomUUID();
}
