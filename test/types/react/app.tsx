// A React 19 component using rolekit's elements as JSX tags, typed by the generated rolekit/react.
// Every `@ts-expect-error` must be an error, or tsc reports the directive as unused.
import type {} from 'rolekit/react';
import { useRef } from 'react';
import type { Role, RoleIndex, RolePageElement } from 'rolekit';

export function RolePage({ onRole }: { onRole: (role: Role) => void }) {
  // a ref object and a callback ref, as React gives them (null before mounting and after)
  const page = useRef<RolePageElement>(null);
  return (
    <main>
      <rk-role-page heading-level={1} src="/roles/python-web-developer.json" theme="dark" onrk-ready={(e) => onRole(e.detail.data)} />
      <rk-role-page ref={page} data={page.current?.data} />
      <rk-role-page ref={(el) => void el?.headingLevel} />
      <rk-role-board src="/roles/index.json" onrk-ready={(e) => void (e.detail.data satisfies RoleIndex)} onrk-select={(e) => void e.detail.slug.length} />
      <rk-faq onrk-toggle={(e) => void e.detail.open} style={{ '--rk-color-accent': 'rebeccapurple' }} />
      <rk-role-card src="/roles/x.json" onrk-error={(e) => void e.detail.kind} />
      {/* React's own attributes and events, with React's event objects */}
      <rk-role-card onClick={(e) => void e.nativeEvent} aria-label="Role" className="card" tabIndex={0} />
      {/* @ts-expect-error heading-level is a number */}
      <rk-role-page heading-level="one" />
      {/* @ts-expect-error theme is light, dark or auto */}
      <rk-role-page theme="blue" />
      {/* @ts-expect-error a role page's rk-ready carries a Role, not a listing */}
      <rk-role-page onrk-ready={(e: { detail: { data: RoleIndex } }) => void e} />
      {/* @ts-expect-error no such element */}
      <rk-role-pages />
    </main>
  );
}
