import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { Anchor, NavLink, type AnchorProps, type NavLinkProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';

type AnchorBaseProps = AnchorProps & Omit<ComponentPropsWithoutRef<'a'>, keyof AnchorProps>;
const AnchorBase = forwardRef<HTMLAnchorElement, AnchorBaseProps>((props, ref) => <Anchor ref={ref} {...props} />);

type NavLinkBaseProps = NavLinkProps & Omit<ComponentPropsWithoutRef<'a'>, keyof NavLinkProps>;
const NavLinkBase = forwardRef<HTMLAnchorElement, NavLinkBaseProps>((props, ref) => <NavLink ref={ref} {...props} />);

/** Mantine's anchor and nav link as typed router links: `to`, `params` and `search` are checked against the route tree. */
export const AnchorLink = createLink(AnchorBase);
export const NavLinkLink = createLink(NavLinkBase);
