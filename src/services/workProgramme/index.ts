export * from './schemas.js';
export * from './workProgramme.js';
