// Unit tests get an in-memory IndexedDB; browser tests use Chromium's real one.
import 'fake-indexeddb/auto';
