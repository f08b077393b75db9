// dexie-export-import refers to `self`, which browsers and workers have and Node does not.
(globalThis as { self?: unknown }).self ??= globalThis;

// …and reads blobs with FileReader: the part of it that library uses, over Blob's promises.
if (!('FileReader' in globalThis)) {
  class NodeFileReader {
    result: string | ArrayBuffer | null = null;
    error: unknown = null;
    onload: ((event: { target: NodeFileReader }) => void) | null = null;
    onerror: ((event: { target: NodeFileReader }) => void) | null = null;
    onabort: (() => void) | null = null;
    private read(promise: Promise<string | ArrayBuffer>) {
      promise.then(
        (value) => {
          this.result = value;
          this.onload?.({ target: this });
        },
        (error: unknown) => {
          this.error = error;
          this.onerror?.({ target: this });
        },
      );
    }
    readAsText(blob: Blob) {
      this.read(blob.text());
    }
    readAsArrayBuffer(blob: Blob) {
      this.read(blob.arrayBuffer());
    }
  }
  (globalThis as { FileReader?: unknown }).FileReader = NodeFileReader;
}
