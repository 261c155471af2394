/** The config file's name, apart from the schema so that finding the file does not load zod. */
export const CONFIG_FILE_NAME = '.govreportrc.json';
