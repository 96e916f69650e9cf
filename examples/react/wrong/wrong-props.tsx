// Deliberate mistakes: `tsc -p tsconfig.wrong.json` must report each one (scripts/examples.mjs
// checks the exit code and the errors). If this file ever type-checks, the types stopped biting.
export const WrongTheme = () => <rk-role-page src="/roles/react-engineer.json" theme="purple" />;

export const WrongEvent = () => <rk-role-page onrk-ready={(e) => console.log(e.detail.data.salary)} />;

export const WrongProperty = () => <rk-faq multiple="yes please" />;
