export { serveReport } from './report-handler';
