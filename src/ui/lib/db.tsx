import { createContext, useContext, type JSX } from 'solid-js';
import { openDb, type TarjumanDB } from '../../db/schema';
import { storiesRepo } from '../../db/stories';
import { documentsRepo } from '../../db/documents';
import { annotationsRepo } from '../../db/annotations';
import { flagsRepo } from '../../db/flags';

export interface Repos {
  db: TarjumanDB;
  stories: ReturnType<typeof storiesRepo>;
  documents: ReturnType<typeof documentsRepo>;
  annotations: ReturnType<typeof annotationsRepo>;
  flags: ReturnType<typeof flagsRepo>;
}

const DbContext = createContext<Repos>();

export function createRepos(db: TarjumanDB = openDb()): Repos {
  return { db, stories: storiesRepo(db), documents: documentsRepo(db), annotations: annotationsRepo(db), flags: flagsRepo(db) };
}

export function DbProvider(props: { repos: Repos; children: JSX.Element }) {
  return <DbContext.Provider value={props.repos}>{props.children}</DbContext.Provider>;
}

export function useRepos(): Repos {
  const repos = useContext(DbContext);
  if (!repos) throw new Error('useRepos() needs a <DbProvider> above it');
  return repos;
}
