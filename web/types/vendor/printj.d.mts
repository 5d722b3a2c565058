export { sprintf, vsprintf, version } from "printj";
